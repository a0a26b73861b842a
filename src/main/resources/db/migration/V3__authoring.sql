-- Authoring: every version keeps the full source file (for diffs and downloads); trainers' drafts.

ALTER TABLE module_version ADD COLUMN source_text ${clob} NULL;

CREATE TABLE module_draft (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    module_key VARCHAR(64) NULL,
    base_version_no INT NULL,
    title VARCHAR(200) NOT NULL,
    source_name VARCHAR(255) NOT NULL,
    original_text ${clob} NOT NULL,
    markdown ${clob} NOT NULL,
    created_by VARCHAR(64) NOT NULL,
    updated_by VARCHAR(64) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    published_version_no INT NULL,
    version BIGINT NOT NULL DEFAULT 0
) ${table_options};

CREATE INDEX ix_draft_module ON module_draft (module_key);
