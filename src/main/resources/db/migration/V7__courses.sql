-- Courses imported from content/courses (every version keeps its YAML text), cohorts of officers, and assignments of a
-- course to a department (reaching the departments below it), a cohort or one officer. Progress itself is not stored:
-- it is computed from the facts the other features keep (module_progress, quiz_attempt, roleplay_session).

CREATE TABLE course (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_key VARCHAR(64) NOT NULL,
    current_version_id BIGINT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_course_key UNIQUE (course_key)
) ${table_options};

CREATE TABLE course_version (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id BIGINT NOT NULL,
    version_no INT NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    source_file VARCHAR(255) NOT NULL,
    title_zh VARCHAR(200) NOT NULL,
    title_en VARCHAR(200) NOT NULL,
    yaml_text ${clob} NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT uk_course_version UNIQUE (course_id, version_no),
    CONSTRAINT fk_course_version_course FOREIGN KEY (course_id) REFERENCES course (id)
) ${table_options};

ALTER TABLE course ADD CONSTRAINT fk_course_current FOREIGN KEY (current_version_id) REFERENCES course_version (id);

CREATE TABLE cohort (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_cohort_name UNIQUE (name)
) ${table_options};

CREATE TABLE cohort_member (
    cohort_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (cohort_id, user_id),
    CONSTRAINT fk_cohort_member_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_cohort_member_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${table_options};

CREATE INDEX ix_cohort_member_user ON cohort_member (user_id);

-- Exactly one of department_id, cohort_id, user_id is set, as target_kind says.
CREATE TABLE course_assignment (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_key VARCHAR(64) NOT NULL,
    target_kind VARCHAR(20) NOT NULL,
    department_id BIGINT NULL,
    cohort_id BIGINT NULL,
    user_id BIGINT NULL,
    starts_at TIMESTAMP NOT NULL,
    deadline_at TIMESTAMP NULL,
    created_by VARCHAR(64) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT fk_assignment_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_assignment_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_assignment_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${table_options};

CREATE INDEX ix_assignment_course ON course_assignment (course_key);
CREATE INDEX ix_assignment_department ON course_assignment (department_id);
CREATE INDEX ix_assignment_cohort ON course_assignment (cohort_id);
CREATE INDEX ix_assignment_user ON course_assignment (user_id);
