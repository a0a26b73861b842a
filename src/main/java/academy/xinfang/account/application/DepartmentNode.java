package academy.xinfang.account.application;

import academy.xinfang.account.domain.DepartmentKind;
import java.io.Serializable;

/** One department as the tree page shows it. */
public record DepartmentNode(long id, String code, String name, DepartmentKind kind, Long parentId)
        implements Serializable {}
