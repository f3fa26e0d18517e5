-- vibing2 (seed 003): the index set of its optimize_indexes.sql. The seed lists only the NAMES
-- (24 of the "41 total"; the other 17, on six tables it does not list, are unknown), so each
-- column list below is derived from its name, read as idx_<table>_<column>_<column>...; the
-- comment says how. Names are the seed's; tables and columns follow schema.sql (User -> users,
-- userId -> user_id). A trailing "desc" in a name makes that column descending; otherwise the
-- columns are ascending (a b-tree is read backwards for ORDER BY ... DESC).

-- User (3)
-- email + password: login looks a user up by email and reads the hash from the index
CREATE INDEX idx_user_email_password ON users (email, password);
-- created_at: sign-up analytics
CREATE INDEX idx_user_created_at ON users (created_at);
-- plan: plan-based filtering
CREATE INDEX idx_user_plan ON users (plan);

-- Project (9 named; the "2 existing indexes retained" are not named and not in schema.sql)
-- user + updated: userId, updatedAt (user project lists by last update)
CREATE INDEX idx_project_user_updated ON projects (user_id, updated_at);
-- visibility + likes: popular public projects
CREATE INDEX idx_project_visibility_likes ON projects (visibility, likes);
-- visibility + forks: most forked
CREATE INDEX idx_project_visibility_forks ON projects (visibility, forks);
-- visibility + views: trending
CREATE INDEX idx_project_visibility_views ON projects (visibility, views);
-- visibility + created: createdAt (recent public)
CREATE INDEX idx_project_visibility_created ON projects (visibility, created_at);
-- visibility + type + updated: filtered discovery
CREATE INDEX idx_project_visibility_type_updated ON projects (visibility, type, updated_at);
-- featured + visibility + updated: featured projects
CREATE INDEX idx_project_featured_visibility_updated ON projects (featured, visibility, updated_at);
-- name + gin, "full-text search": a GIN index over the name's tsvector (the two-argument
-- to_tsvector, since an index expression must be immutable)
CREATE INDEX idx_project_name_gin ON projects USING GIN (to_tsvector('english', name));
-- user + created: createdAt (user history)
CREATE INDEX idx_project_user_created ON projects (user_id, created_at);

-- ProjectFile (4)
-- project + path: projectId, path (file lookups)
CREATE INDEX idx_project_file_project_path ON project_files (project_id, path);
-- project + updated: updatedAt (latest files)
CREATE INDEX idx_project_file_project_updated ON project_files (project_id, updated_at);
-- language: language filtering
CREATE INDEX idx_project_file_language ON project_files (language);
-- project + language: language-specific queries
CREATE INDEX idx_project_file_project_language ON project_files (project_id, language);

-- Message (3)
-- project + cursor: the cursor of "cursor pagination" is the keyset (createdAt, id), so
-- projectId, createdAt, id
CREATE INDEX idx_message_project_cursor ON messages (project_id, created_at, id);
-- project + created + desc: projectId, createdAt DESC (latest messages)
CREATE INDEX idx_message_project_created_desc ON messages (project_id, created_at DESC);
-- project + role + created: role-specific queries
CREATE INDEX idx_message_project_role_created ON messages (project_id, role, created_at);

-- TokenUsage (5)
-- user + timestamp + desc: userId, timestamp DESC (recent usage)
CREATE INDEX idx_token_usage_user_timestamp_desc ON token_usage (user_id, timestamp DESC);
-- user + endpoint + timestamp: endpoint analytics
CREATE INDEX idx_token_usage_user_endpoint_timestamp ON token_usage (user_id, endpoint, timestamp);
-- project: projectId (project analytics)
CREATE INDEX idx_token_usage_project ON token_usage (project_id);
-- timestamp: time aggregations
CREATE INDEX idx_token_usage_timestamp ON token_usage (timestamp);
-- model: model analytics
CREATE INDEX idx_token_usage_model ON token_usage (model);
