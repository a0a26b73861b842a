package academy.xinfang.account.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.account.domain.Department;
import academy.xinfang.account.domain.DepartmentKind;
import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestDatabases;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DepartmentRepositoryTest {

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void treeLoadsWithParentsAndCountsChildren(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            long countyId = db.apply(em -> {
                Department county = new Department("XIAN", "某县", DepartmentKind.COUNTY, null);
                em.persist(county);
                em.persist(new Department("ZHEN-A", "甲镇", DepartmentKind.TOWNSHIP, county));
                em.persist(new Department("JU-B", "乙局", DepartmentKind.DEPARTMENT, county));
                em.flush();
                return county.getId();
            });
            List<Department> all = db.apply(em -> new DepartmentRepository(em).findAll());
            assertThat(all).hasSize(3);
            assertThat(all)
                    .filteredOn(d -> d.getKind() != DepartmentKind.COUNTY)
                    .extracting(Department::getParentId)
                    .containsOnly(countyId);
            long children = db.apply(em -> new DepartmentRepository(em).countChildren(countyId));
            Optional<Department> town = db.apply(em -> new DepartmentRepository(em).findByCode("ZHEN-A"));
            Optional<Department> none = db.apply(em -> new DepartmentRepository(em).findByCode("NONE"));
            assertThat(children).isEqualTo(2);
            assertThat(town).get().extracting(Department::getName).isEqualTo("甲镇");
            assertThat(none).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void aNameIsTakenOnlyByAnotherDepartmentUnderTheSameParent(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            long[] ids = db.apply(em -> {
                Department county = new Department("XIAN", "某县", DepartmentKind.COUNTY, null);
                Department other = new Department("XIAN2", "另县", DepartmentKind.COUNTY, null);
                em.persist(county);
                em.persist(other);
                Department a = new Department("ZHEN-A", "甲镇", DepartmentKind.TOWNSHIP, county);
                Department b = new Department("ZHEN-B", "乙镇", DepartmentKind.TOWNSHIP, county);
                em.persist(a);
                em.persist(b);
                em.persist(new Department("ZHEN-C", "丙镇", DepartmentKind.TOWNSHIP, other));
                em.flush();
                return new long[] {county.getId(), a.getId(), b.getId(), other.getId()};
            });
            long county = ids[0];
            long a = ids[1];
            long b = ids[2];
            assertThat(taken(db, county, "甲镇", b)).as("b may not take a's name").isTrue();
            assertThat(taken(db, county, "甲镇", a)).as("a keeps its own name").isFalse();
            assertThat(taken(db, county, "丙镇", b))
                    .as("a name used under another county is free")
                    .isFalse();
            assertThat(taken(db, null, "另县", county))
                    .as("counties are siblings at the top")
                    .isTrue();
        }
    }

    private static boolean taken(TestDatabase db, Long parentId, String name, long exceptId) {
        return db.apply(em -> new DepartmentRepository(em).siblingNamed(parentId, name, exceptId));
    }
}
