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
}
