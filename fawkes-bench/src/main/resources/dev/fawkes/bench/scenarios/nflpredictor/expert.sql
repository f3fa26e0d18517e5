-- NFL Predictor API (seed 002): the seed's own index SQL, in the order it gives it ("Missing
-- Critical Indexes", then "Critical Missing Indexes" and "JSON/JSONB Optimization"), one
-- statement each, without CONCURRENTLY (the bench loads the set in one script). Names and columns
-- are the seed's; the schema uses its column names unchanged.

-- Composite indexes for common queries
CREATE INDEX idx_predictions_season_week_type
ON predictions (season, week, prediction_type);

CREATE INDEX idx_subscriptions_user_status_active
ON subscriptions (user_id, status)
WHERE status IN ('active', 'trial');

-- Partial JSON index on the team named in prediction_data
CREATE INDEX idx_prediction_data_team
ON predictions USING GIN ((prediction_data->'team'));

-- User analytics queries
CREATE INDEX idx_user_prediction_access_accessed_at
ON user_prediction_access (accessed_at DESC);

-- Affiliate commission calculations
CREATE INDEX idx_referrals_conversion_status
ON referrals (conversion_date, status)
WHERE status = 'converted';

-- High-priority indexes (the seed builds these CONCURRENTLY)
CREATE INDEX idx_users_email_verified_active
ON users (email) WHERE email_verified = true AND is_active = true;

CREATE INDEX idx_predictions_confidence_desc
ON predictions (confidence DESC) WHERE confidence IS NOT NULL;

CREATE INDEX idx_audit_logs_user_action_date
ON audit_logs (user_id, action, created_at DESC);

CREATE INDEX idx_subscriptions_user_status_expires
ON subscriptions (user_id, status, expires_at)
WHERE status IN ('active', 'trial');

-- JSON/JSONB optimization
CREATE INDEX idx_prediction_data_gin
ON predictions USING GIN (prediction_data);

CREATE INDEX idx_subscription_features
ON subscription_tiers USING GIN (features);
