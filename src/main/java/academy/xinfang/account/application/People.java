package academy.xinfang.account.application;

import academy.xinfang.account.domain.DepartmentSummary;
import academy.xinfang.account.domain.Person;
import academy.xinfang.account.persistence.PeopleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Users and departments as other features see them (course assignments, reports, insights, learning records, role-play
 * reviews, live scorecards): the account feature's answer, so none of them reads its tables. An officer is a user with
 * the OFFICER role; reports count only enabled ones. Each method is one query, except {@link #departmentChain}, one per level.
 */
@ApplicationScoped
public class People {
    @Inject
    PeopleRepository repository;

    protected People() {}

    /** For tests outside the container. */
    public People(PeopleRepository repository) {
        this.repository = repository;
    }

    public Optional<Long> idOf(String username) {
        return repository.idOf(username);
    }

    /** The people with the given ids, by id; unknown ids are left out. */
    public Map<Long, Person> people(Collection<Long> ids) {
        return repository.people(ids);
    }

    /** Enabled officers in any of the departments or among the ids, by display name and user name. */
    public List<Person> officersIn(Collection<Long> departments, Collection<Long> ids) {
        return repository.officersIn(departments, ids);
    }

    /** Enabled officers by user name, at most {@code max}. */
    public List<Person> officers(int max) {
        return repository.officers(max);
    }

    /** User id to department id, for every user who has a department. */
    public Map<Long, Long> departmentOfEveryone() {
        return repository.departmentOfEveryone();
    }

    public Map<Long, Long> officersPerDepartment() {
        return repository.officersPerDepartment();
    }

    public Optional<Long> departmentOf(long userId) {
        return repository.departmentOf(userId);
    }

    public boolean departmentExists(long departmentId) {
        return repository.departmentExists(departmentId);
    }

    /** Every department, by name. */
    public List<DepartmentSummary> departments() {
        return repository.departments();
    }

    /** The department and those above it, nearest first. */
    public List<DepartmentSummary> departmentChain(long departmentId) {
        return repository.departmentChain(departmentId);
    }
}
