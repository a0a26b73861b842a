package academy.xinfang.account.domain;

/** A department as other features see it: id, name, kind name and parent id (null at the top). */
public record DepartmentSummary(long id, String name, String kind, Long parentId) {}
