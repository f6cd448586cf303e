-- replay team library: roles and database. Run once as a PostgreSQL superuser:
--   sudo -u postgres psql -f docs/examples/postgresql-roles.sql
-- Then give each login a password in psql (\password replay_owner, \password ana, ...);
-- never put a password in this file, a URL or replay's settings (docs/postgresql.md).
-- tests/store/test_pg_security.py runs this file on a real server.

-- The owner: creates replay's tables (the first `replay copy`/`import` as this role runs
-- the migrations) and later upgrades them. Only the team's lead or admin logs in as it.
CREATE ROLE replay_owner LOGIN;

-- Reviewers: one login role per person, each a member of replay_reviewers, which holds
-- the rights (postgresql-grants.sql). Add a reviewer later with the same two lines.
CREATE ROLE replay_reviewers NOLOGIN;
CREATE ROLE ana LOGIN IN ROLE replay_reviewers;
CREATE ROLE bo LOGIN IN ROLE replay_reviewers;

CREATE DATABASE replay OWNER replay_owner ENCODING 'UTF8' TEMPLATE template0;
-- PostgreSQL 15 no longer lets every role create tables in the public schema; on older
-- servers run this in the replay database:  REVOKE CREATE ON SCHEMA public FROM PUBLIC;
