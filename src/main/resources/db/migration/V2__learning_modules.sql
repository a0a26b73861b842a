-- Learning modules imported from content/. A module keeps every version it had; progress refers to the module and
-- to stable section ids, so it survives new versions.

CREATE TABLE learning_module (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    module_key VARCHAR(64) NOT NULL,
    current_version_id BIGINT NULL,
    sort_order INT NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_module_key UNIQUE (module_key)
) ${table_options};

CREATE TABLE module_version (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    module_id BIGINT NOT NULL,
    version_no INT NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    source_file VARCHAR(255) NOT NULL,
    title VARCHAR(200) NOT NULL,
    summary VARCHAR(2000) NOT NULL,
    objectives ${clob} NOT NULL,
    minutes INT NOT NULL,
    sort_order INT NOT NULL,
    prerequisites VARCHAR(2000) NOT NULL,
    tags VARCHAR(2000) NOT NULL,
    sources VARCHAR(2000) NOT NULL,
    markdown ${clob} NOT NULL,
    plain_text ${clob} NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT uk_module_version UNIQUE (module_id, version_no),
    CONSTRAINT fk_version_module FOREIGN KEY (module_id) REFERENCES learning_module (id)
) ${table_options};

ALTER TABLE learning_module ADD CONSTRAINT fk_module_current FOREIGN KEY (current_version_id) REFERENCES module_version (id);

CREATE TABLE version_section (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_id BIGINT NOT NULL,
    section_key VARCHAR(64) NOT NULL,
    title VARCHAR(300) NOT NULL,
    position INT NOT NULL,
    html ${clob} NOT NULL,
    CONSTRAINT uk_version_section UNIQUE (version_id, section_key),
    CONSTRAINT fk_section_version FOREIGN KEY (version_id) REFERENCES module_version (id)
) ${table_options};

CREATE TABLE section_read (
    user_id BIGINT NOT NULL,
    module_id BIGINT NOT NULL,
    section_key VARCHAR(64) NOT NULL,
    read_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, module_id, section_key),
    CONSTRAINT fk_read_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_read_module FOREIGN KEY (module_id) REFERENCES learning_module (id)
) ${table_options};

CREATE TABLE module_progress (
    user_id BIGINT NOT NULL,
    module_id BIGINT NOT NULL,
    last_section_key VARCHAR(64) NULL,
    seconds_spent INT NOT NULL DEFAULT 0,
    started_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    completed_at TIMESTAMP NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, module_id),
    CONSTRAINT fk_progress_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_progress_module FOREIGN KEY (module_id) REFERENCES learning_module (id)
) ${table_options};

CREATE INDEX ix_progress_module ON module_progress (module_id);
CREATE INDEX ix_read_module ON section_read (module_id);
