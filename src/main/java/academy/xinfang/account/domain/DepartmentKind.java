package academy.xinfang.account.domain;

/** Levels of the organisation a county petition bureau trains: the county, its townships, and departments. */
public enum DepartmentKind {
    COUNTY,
    TOWNSHIP,
    DEPARTMENT
}
