package academy.xinfang.content.persistence;

import academy.xinfang.content.domain.LearningModule;
import academy.xinfang.content.domain.ModuleProgress;
import academy.xinfang.content.domain.ModuleVersion;
import academy.xinfang.content.domain.SectionDwell;
import academy.xinfang.content.domain.SectionRead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** All queries on modules, their versions, and reading progress. */
@ApplicationScoped
public class ModuleRepository {
    @PersistenceContext(unitName = "academy")
    EntityManager em;

    protected ModuleRepository() {}

    /** For repository tests outside the container. */
    public ModuleRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<LearningModule> findByKey(String key) {
        return em.createQuery("select m from LearningModule m where m.key = :k", LearningModule.class)
                .setParameter("k", key)
                .getResultStream()
                .findFirst();
    }

    /** Hash and number of the newest version of each module, for the import to skip unchanged files. */
    public Optional<ModuleVersion> latestVersion(LearningModule module) {
        return em.createQuery(
                        "select v from ModuleVersion v where v.module = :m order by v.versionNo desc",
                        ModuleVersion.class)
                .setParameter("m", module)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public boolean hasVersionWithHash(LearningModule module, String contentHash) {
        return !em.createQuery(
                        "select v.id from ModuleVersion v where v.module = :m and v.contentHash = :h", Long.class)
                .setParameter("m", module)
                .setParameter("h", contentHash)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public Optional<ModuleVersion> version(String moduleKey, int versionNo) {
        return em.createQuery(
                        "select v from ModuleVersion v where v.module.key = :k and v.versionNo = :n",
                        ModuleVersion.class)
                .setParameter("k", moduleKey)
                .setParameter("n", versionNo)
                .getResultStream()
                .findFirst();
    }

    /** The versions online, in curriculum order: one query for the catalogue. */
    public List<ModuleVersion> currentVersions() {
        return em.createQuery("""
                        select v from LearningModule m join m.currentVersion v join fetch v.module
                        order by m.sortOrder, m.key""", ModuleVersion.class).getResultList();
    }

    /** Id of the version online of one module: a light query, the content itself comes from the cache. */
    public Optional<Long> currentVersionId(String moduleKey) {
        return em.createQuery("select m.currentVersion.id from LearningModule m where m.key = :k", Long.class)
                .setParameter("k", moduleKey)
                .getResultStream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    /** Ids of the versions online of these modules, by module key, in one light query (modules offline are left out). */
    public Map<String, Long> currentVersionIds(Collection<String> moduleKeys) {
        Map<String, Long> ids = new HashMap<>();
        if (moduleKeys.isEmpty()) {
            return ids;
        }
        em.createQuery("select m.key, m.currentVersion.id from LearningModule m where m.key in :keys", Object[].class)
                .setParameter("keys", moduleKeys)
                .getResultList()
                .forEach(row -> ids.put((String) row[0], (Long) row[1]));
        return ids;
    }

    /** A version with its module and sections, in one query. */
    public Optional<ModuleVersion> versionWithSections(long versionId) {
        return em.createQuery("""
                        select distinct v from ModuleVersion v join fetch v.module left join fetch v.sections
                        where v.id = :id""", ModuleVersion.class)
                .setParameter("id", versionId)
                .getResultStream()
                .findFirst();
    }

    public List<ModuleVersion> versionsOf(String moduleKey) {
        return em.createQuery(
                        "select v from ModuleVersion v where v.module.key = :k order by v.versionNo",
                        ModuleVersion.class)
                .setParameter("k", moduleKey)
                .getResultList();
    }

    /** Current versions whose title or text contains the query (Chinese substrings work: it is a LIKE). */
    public List<ModuleVersion> search(String text) {
        String like = "%"
                + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery("""
                        select v from LearningModule m join m.currentVersion v join fetch v.module
                        where lower(v.title) like :t escape '\\' or lower(v.plainText) like :t escape '\\'
                        order by m.sortOrder""", ModuleVersion.class).setParameter("t", like).getResultList();
    }

    /** Section keys read by a user, per module id: one query for the whole catalogue. */
    public Map<Long, Set<String>> readSections(long userId) {
        Map<Long, Set<String>> result = new HashMap<>();
        em.createQuery("select r.moduleId, r.sectionKey from SectionRead r where r.userId = :u", Object[].class)
                .setParameter("u", userId)
                .getResultList()
                .forEach(row -> result.computeIfAbsent((Long) row[0], k -> new HashSet<>())
                        .add((String) row[1]));
        return result;
    }

    public Set<String> readSections(long userId, long moduleId) {
        return new HashSet<>(em.createQuery(
                        "select r.sectionKey from SectionRead r where r.userId = :u and r.moduleId = :m", String.class)
                .setParameter("u", userId)
                .setParameter("m", moduleId)
                .getResultList());
    }

    public void addRead(SectionRead read) {
        em.persist(read);
    }

    /** Time credited to each section of one module, by section key. */
    public Map<String, SectionDwell> dwell(long userId, long moduleId) {
        Map<String, SectionDwell> result = new HashMap<>();
        em.createQuery("select d from SectionDwell d where d.userId = :u and d.moduleId = :m", SectionDwell.class)
                .setParameter("u", userId)
                .setParameter("m", moduleId)
                .getResultList()
                .forEach(d -> result.put(d.getSectionKey(), d));
        return result;
    }

    /** Milliseconds credited per section key, per module id: one query for the whole catalogue. */
    public Map<Long, Map<String, Long>> dwellByModule(long userId) {
        Map<Long, Map<String, Long>> result = new HashMap<>();
        em.createQuery(
                        "select d.moduleId, d.sectionKey, d.dwellMillis from SectionDwell d where d.userId = :u",
                        Object[].class)
                .setParameter("u", userId)
                .getResultList()
                .forEach(row -> result.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                        .put((String) row[1], (Long) row[2]));
        return result;
    }

    public void addDwell(SectionDwell dwell) {
        em.persist(dwell);
    }

    public Optional<ModuleProgress> progress(long userId, long moduleId) {
        return Optional.ofNullable(em.find(ModuleProgress.class, new ModuleProgress.Key(userId, moduleId)));
    }

    public Map<Long, ModuleProgress> progressByModule(long userId) {
        Map<Long, ModuleProgress> result = new HashMap<>();
        em.createQuery("select p from ModuleProgress p where p.userId = :u", ModuleProgress.class)
                .setParameter("u", userId)
                .getResultList()
                .forEach(p -> result.put(p.getModuleId(), p));
        return result;
    }

    public void addProgress(ModuleProgress progress) {
        em.persist(progress);
    }

    public void add(LearningModule module) {
        em.persist(module);
        em.flush();
    }

    public void add(ModuleVersion version) {
        em.persist(version);
        em.flush();
    }
}
