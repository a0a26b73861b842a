-- Accounts and the department tree. Valid on H2 (MODE=LEGACY) and MySQL 8 / MariaDB 10.11;
-- ${table_options} makes MySQL store utf8mb4 whatever the server default is.

CREATE TABLE department (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    name VARCHAR(100) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    parent_id BIGINT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_department_code UNIQUE (code),
    CONSTRAINT fk_department_parent FOREIGN KEY (parent_id) REFERENCES department (id)
) ${table_options};

CREATE INDEX ix_department_parent ON department (parent_id);

CREATE TABLE app_user (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(64) NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    department_id BIGINT NULL,
    enabled BOOLEAN NOT NULL,
    failed_logins INT NOT NULL DEFAULT 0,
    locked_until TIMESTAMP NULL,
    created_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_user_username UNIQUE (username),
    CONSTRAINT fk_user_department FOREIGN KEY (department_id) REFERENCES department (id)
) ${table_options};

CREATE INDEX ix_user_department ON app_user (department_id);

CREATE TABLE user_role (
    user_id BIGINT NOT NULL,
    role VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ${table_options};

CREATE INDEX ix_user_role_role ON user_role (role);
