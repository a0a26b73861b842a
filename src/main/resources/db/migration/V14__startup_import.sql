-- Cold start (issue #14, item 4): the digest of the content folders and the build that imported them at the last
-- start whose import refused nothing. A start that finds the same digest skips the import: every file would be
-- unchanged. One row.
CREATE TABLE startup_import (
    id INT NOT NULL,
    digest VARCHAR(64) NOT NULL,
    imported_at TIMESTAMP NOT NULL,
    PRIMARY KEY (id)
) ${table_options};
