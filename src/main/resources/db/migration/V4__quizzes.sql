-- Question banks imported from quizzes/ (and uploaded by trainers), quizzes and attempts. A bank keeps every
-- version's GIFT text; questions are identified by bank key and question name, which stay stable across versions,
-- so attempts and item statistics survive edits of a bank.

CREATE TABLE question_bank (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    bank_key VARCHAR(64) NOT NULL,
    current_version_id BIGINT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_bank_key UNIQUE (bank_key)
) ${table_options};

CREATE TABLE bank_version (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    bank_id BIGINT NOT NULL,
    version_no INT NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    source_file VARCHAR(255) NOT NULL,
    gift ${clob} NOT NULL,
    question_count INT NOT NULL,
    created_by VARCHAR(64) NULL,
    created_at TIMESTAMP NOT NULL,
    CONSTRAINT uk_bank_version UNIQUE (bank_id, version_no),
    CONSTRAINT fk_bank_version_bank FOREIGN KEY (bank_id) REFERENCES question_bank (id)
) ${table_options};

ALTER TABLE question_bank ADD CONSTRAINT fk_bank_current FOREIGN KEY (current_version_id) REFERENCES bank_version (id);

CREATE TABLE quiz_attempt (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    quiz_key VARCHAR(64) NOT NULL,
    user_id BIGINT NOT NULL,
    attempt_no INT NOT NULL,
    seed BIGINT NOT NULL,
    questions ${clob} NOT NULL,
    question_count INT NOT NULL,
    pass_percent INT NOT NULL,
    started_at TIMESTAMP NOT NULL,
    deadline_at TIMESTAMP NULL,
    last_activity_at TIMESTAMP NOT NULL,
    submitted_at TIMESTAMP NULL,
    auto_submitted BOOLEAN NOT NULL DEFAULT FALSE,
    score_percent DOUBLE NULL,
    passed BOOLEAN NULL,
    CONSTRAINT uk_attempt_no UNIQUE (quiz_key, user_id, attempt_no),
    CONSTRAINT fk_attempt_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${table_options};

CREATE INDEX ix_attempt_user ON quiz_attempt (user_id, quiz_key);
CREATE INDEX ix_attempt_open ON quiz_attempt (submitted_at, deadline_at);

CREATE TABLE attempt_answer (
    attempt_id BIGINT NOT NULL,
    position INT NOT NULL,
    question_key VARCHAR(140) NOT NULL,
    response VARCHAR(1000) NOT NULL,
    score DOUBLE NOT NULL,
    checked BOOLEAN NOT NULL DEFAULT FALSE,
    answered_at TIMESTAMP NOT NULL,
    PRIMARY KEY (attempt_id, position),
    CONSTRAINT fk_answer_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id)
) ${table_options};

CREATE INDEX ix_answer_question ON attempt_answer (question_key);
