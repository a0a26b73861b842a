package academy.xinfang.account.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import academy.xinfang.account.domain.Department;
import academy.xinfang.account.domain.DepartmentKind;
import academy.xinfang.account.domain.DepartmentSummary;
import academy.xinfang.account.domain.Person;
import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestDatabases;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The light reads of users and departments other features use, on H2 and on MariaDB. */
class PeopleRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void officersAreFoundByDepartmentOrIdAndDepartmentsAsParentLinks(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            long[] ids = db.apply(em -> {
                Department county = new Department("C1", "县", DepartmentKind.COUNTY, null);
                em.persist(county);
                Department township = new Department("T1", "镇", DepartmentKind.TOWNSHIP, county);
                em.persist(township);
                Department office = new Department("O1", "办", DepartmentKind.DEPARTMENT, township);
                em.persist(office);
                User officer = new User("o1", "甲", "h", List.of(Role.OFFICER), T0);
                officer.moveTo(office);
                em.persist(officer);
                User disabled = new User("o2", "乙", "h", List.of(Role.OFFICER), T0);
                disabled.moveTo(office);
                disabled.disable();
                em.persist(disabled);
                User trainer = new User("t1", "丙", "h", List.of(Role.TRAINER), T0);
                trainer.moveTo(township);
                em.persist(trainer);
                User loose = new User("o3", "丁", "h", List.of(Role.OFFICER), T0);
                em.persist(loose);
                em.flush();
                return new long[] {
                    county.getId(),
                    township.getId(),
                    office.getId(),
                    officer.getId(),
                    disabled.getId(),
                    trainer.getId(),
                    loose.getId()
                };
            });
            long county = ids[0];
            long township = ids[1];
            long office = ids[2];
            db.apply(em -> {
                PeopleRepository people = new PeopleRepository(em);
                assertThat(people.idOf("o1")).contains(ids[3]);
                assertThat(people.idOf("nobody")).isEmpty();
                assertThat(people.people(List.of(ids[3], ids[6], -5L)))
                        .containsOnlyKeys(ids[3], ids[6])
                        .containsEntry(ids[3], new Person(ids[3], "o1", "甲", office))
                        .containsEntry(ids[6], new Person(ids[6], "o3", "丁", null));
                assertThat(people.officersIn(List.of(office, township), List.of()))
                        .as("enabled officers only: not the disabled one, not the trainer")
                        .extracting(Person::username)
                        .containsExactly("o1");
                assertThat(people.officersIn(List.of(), List.of(ids[6], ids[5])))
                        .extracting(Person::username)
                        .containsExactly("o3");
                assertThat(people.officersIn(List.of(), List.of())).isEmpty();
                assertThat(people.officers(10))
                        .as("enabled officers anywhere, by user name")
                        .extracting(Person::username)
                        .containsExactly("o1", "o3");
                assertThat(people.officers(1)).extracting(Person::username).containsExactly("o1");
                assertThat(people.officersPerDepartment()).containsExactly(Map.entry(office, 2L));
                assertThat(people.departmentOfEveryone())
                        .containsOnly(
                                Map.entry(ids[3], office), Map.entry(ids[4], office), Map.entry(ids[5], township));
                assertThat(people.departmentOf(ids[3])).contains(office);
                assertThat(people.departmentOf(ids[6])).isEmpty();
                assertThat(people.departmentExists(county)).isTrue();
                assertThat(people.departmentExists(-1)).isFalse();
                assertThat(people.departments())
                        .extracting(DepartmentSummary::name)
                        .containsExactly("办", "县", "镇");
                assertThat(people.departments()).contains(new DepartmentSummary(township, "镇", "TOWNSHIP", county));
                assertThat(people.departmentChain(office))
                        .extracting(DepartmentSummary::id, DepartmentSummary::parentId)
                        .containsExactly(tuple(office, township), tuple(township, county), tuple(county, null));
                return null;
            });
        }
    }
}
