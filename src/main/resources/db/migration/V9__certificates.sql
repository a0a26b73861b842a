-- Course certificates: one per officer and course, found by its verification code on the public page. The holder's
-- name and the course title are copied at issue time, so the certificate says what it said when it was printed.

CREATE TABLE certificate (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(16) NOT NULL,
    user_id BIGINT NOT NULL,
    course_key VARCHAR(64) NOT NULL,
    course_title VARCHAR(200) NOT NULL,
    holder_name VARCHAR(100) NOT NULL,
    completed_at TIMESTAMP NOT NULL,
    issued_at TIMESTAMP NOT NULL,
    CONSTRAINT uk_certificate_code UNIQUE (code),
    CONSTRAINT uk_certificate_course UNIQUE (user_id, course_key),
    CONSTRAINT fk_certificate_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${table_options};
