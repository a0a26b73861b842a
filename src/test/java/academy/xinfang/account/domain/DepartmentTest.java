package academy.xinfang.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class DepartmentTest {
    private static final Department COUNTY = new Department("C01", "示范县", DepartmentKind.COUNTY, null);

    private static String keyOf(Runnable action) {
        Throwable thrown = Assertions.catchThrowable(action::run);
        assertThat(thrown).isInstanceOf(AccountException.class);
        return ((AccountException) thrown).key();
    }

    @Test
    void countyWithoutParentIsCreated() {
        assertThat(COUNTY.getCode()).isEqualTo("C01");
        assertThat(COUNTY.getName()).isEqualTo("示范县");
        assertThat(COUNTY.getKind()).isEqualTo(DepartmentKind.COUNTY);
        assertThat(COUNTY.getParent()).isNull();
        assertThat(COUNTY.getParentId()).isNull();
    }

    @Test
    void townshipUnderCountyKeepsItsParent() {
        Department township = new Department("T01", "东城镇", DepartmentKind.TOWNSHIP, COUNTY);
        assertThat(township.getParent()).isSameAs(COUNTY);
        assertThat(township.getParentId()).isNull(); // parent not persisted, so no id yet
    }

    @Test
    void departmentUnderTownshipIsAllowed() {
        Department township = new Department("T01", "东城镇", DepartmentKind.TOWNSHIP, COUNTY);
        Department office = new Department("D01", "信访办", DepartmentKind.DEPARTMENT, township);
        assertThat(office.getParent()).isSameAs(township);
    }

    @Test
    void codeIsStripped() {
        assertThat(new Department("  C-02_x ", "县", DepartmentKind.COUNTY, null).getCode())
                .isEqualTo("C-02_x");
    }

    @Test
    void codeOfFortyCharactersIsAcceptedAndFortyOneRejected() {
        assertThat(new Department("A".repeat(40), "县", DepartmentKind.COUNTY, null).getCode())
                .hasSize(40);
        assertThat(keyOf(() -> new Department("A".repeat(41), "县", DepartmentKind.COUNTY, null)))
                .isEqualTo("department.badCode");
    }

    @Test
    void blankCodeIsRejected() {
        assertThat(keyOf(() -> new Department("", "县", DepartmentKind.COUNTY, null)))
                .isEqualTo("department.badCode");
        assertThat(keyOf(() -> new Department("  ", "县", DepartmentKind.COUNTY, null)))
                .isEqualTo("department.badCode");
    }

    /**
     * Bug: Department.requireCode (Department.java line 74) passes the raw null code as an AccountException argument,
     * and AccountException (line 17) stores arguments with List.of, which rejects null: NullPointerException instead
     * of department.badCode. Reachable from the form because web.xml sets INTERPRET_EMPTY_STRING_SUBMITTED_VALUES_AS_NULL.
     */
    @Test
    void nullCodeIsRejectedAsBadCode() {
        assertThat(keyOf(() -> new Department(null, "县", DepartmentKind.COUNTY, null)))
                .isEqualTo("department.badCode");
    }

    @Test
    void codeWithChineseSpaceOrDotIsRejected() {
        assertThat(keyOf(() -> new Department("县01", "县", DepartmentKind.COUNTY, null)))
                .isEqualTo("department.badCode");
        assertThat(keyOf(() -> new Department("C 01", "县", DepartmentKind.COUNTY, null)))
                .isEqualTo("department.badCode");
        assertThat(keyOf(() -> new Department("C.01", "县", DepartmentKind.COUNTY, null)))
                .isEqualTo("department.badCode");
    }

    @Test
    void badCodeExceptionCarriesTheGivenCode() {
        assertThatThrownBy(() -> new Department("bad code", "县", DepartmentKind.COUNTY, null))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.arguments()).containsExactly("bad code"));
    }

    @Test
    void nameIsStripped() {
        assertThat(new Department("C02", "  西城县 ", DepartmentKind.COUNTY, null).getName())
                .isEqualTo("西城县");
    }

    @Test
    void blankNullOrOverlongNameIsRejected() {
        assertThat(keyOf(() -> new Department("C02", " ", DepartmentKind.COUNTY, null)))
                .isEqualTo("department.badName");
        assertThat(keyOf(() -> new Department("C02", null, DepartmentKind.COUNTY, null)))
                .isEqualTo("department.badName");
        assertThat(keyOf(() -> new Department("C02", "县".repeat(101), DepartmentKind.COUNTY, null)))
                .isEqualTo("department.badName");
    }

    @Test
    void nameOfHundredCharactersIsAccepted() {
        assertThat(new Department("C02", "县".repeat(100), DepartmentKind.COUNTY, null).getName())
                .hasSize(100);
    }

    @Test
    void renameReplacesNameAndRejectsBlankKeepingOldName() {
        Department d = new Department("C02", "旧名", DepartmentKind.COUNTY, null);
        d.rename("新名");
        assertThat(d.getName()).isEqualTo("新名");
        assertThat(keyOf(() -> d.rename(""))).isEqualTo("department.badName");
        assertThat(d.getName()).isEqualTo("新名");
    }

    @Test
    void countyCannotHaveParent() {
        assertThat(keyOf(() -> new Department("C02", "县", DepartmentKind.COUNTY, COUNTY)))
                .isEqualTo("department.countyIsRoot");
    }

    @Test
    void townshipNeedsParent() {
        assertThat(keyOf(() -> new Department("T01", "镇", DepartmentKind.TOWNSHIP, null)))
                .isEqualTo("department.needsParent");
    }

    @Test
    void departmentNeedsParent() {
        assertThat(keyOf(() -> new Department("D01", "办", DepartmentKind.DEPARTMENT, null)))
                .isEqualTo("department.needsParent");
    }

    @Test
    void nullKindIsRejected() {
        assertThatThrownBy(() -> new Department("C02", "县", null, null)).isInstanceOf(NullPointerException.class);
    }
}
