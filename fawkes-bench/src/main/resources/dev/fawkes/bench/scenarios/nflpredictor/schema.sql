-- NFL Predictor API (seed 002), before state: the SQLAlchemy models' tables that the workload
-- and the seed's index SQL touch (10 of its 17), with the seed's flaws kept on purpose:
--  * mixed key types: subscription_tiers, referrals, user_prediction_access and audit_logs have
--    Integer keys, users and the rest UUID keys ("Inconsistent Primary Key Types");
--  * no CHECK (expires_at > starts_at) on subscriptions and no CHECK on commission_rate in 0..1
--    ("Missing Database Constraints");
--  * JSONB prediction_data without any index ("Inefficient JSON Storage").
-- Indexes: the primary keys plus the seed's "Current Indexing" (users.email unique + index,
-- idx_user_sessions_user_id, idx_user_sessions_expires_at) and nothing more.
-- DateTime(timezone=True) columns are timestamptz.

CREATE TABLE subscription_tiers (
    id                      integer PRIMARY KEY,
    name                    varchar(50) NOT NULL,
    display_name            varchar(100) NOT NULL,
    price_monthly           numeric(10, 2) NOT NULL,
    price_yearly            numeric(10, 2),
    features                jsonb NOT NULL,
    max_predictions_per_day integer,
    is_active               boolean NOT NULL DEFAULT true,
    created_at              timestamptz NOT NULL
);

CREATE TABLE users (
    id             uuid PRIMARY KEY,
    email          varchar(255) NOT NULL,
    password_hash  varchar(255) NOT NULL,
    first_name     varchar(100),
    last_name      varchar(100),
    email_verified boolean NOT NULL DEFAULT false,
    is_active      boolean NOT NULL DEFAULT true,
    is_admin       boolean NOT NULL DEFAULT false,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz,
    last_login_at  timestamptz
);
-- Column(String(255), unique=True, nullable=False, index=True): SQLAlchemy emits one unique index.
CREATE UNIQUE INDEX ix_users_email ON users (email);

CREATE TABLE user_sessions (
    id          uuid PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash  varchar(255) NOT NULL,
    ip_address  varchar(45),
    user_agent  text,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    is_active   boolean NOT NULL DEFAULT true
);
CREATE INDEX idx_user_sessions_user_id ON user_sessions (user_id);
CREATE INDEX idx_user_sessions_expires_at ON user_sessions (expires_at);

CREATE TABLE subscriptions (
    id                     uuid PRIMARY KEY,
    user_id                uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tier_id                integer NOT NULL REFERENCES subscription_tiers (id),
    status                 varchar(20) NOT NULL,
    billing_cycle          varchar(10) NOT NULL,
    amount                 numeric(10, 2) NOT NULL,
    stripe_subscription_id varchar(255),
    starts_at              timestamptz NOT NULL,
    expires_at             timestamptz,          -- no CHECK (expires_at > starts_at), as in the seed
    cancelled_at           timestamptz,
    created_at             timestamptz NOT NULL
);

CREATE TABLE affiliates (
    id              uuid PRIMARY KEY,
    user_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    affiliate_code  varchar(20) NOT NULL,
    commission_rate numeric(5, 4) DEFAULT 0.30,  -- no CHECK (0 <= commission_rate <= 1), as in the seed
    status          varchar(20) NOT NULL,
    total_earnings  numeric(12, 2) NOT NULL DEFAULT 0,
    payout_details  jsonb,
    created_at      timestamptz NOT NULL
);

CREATE TABLE referrals (
    id                integer PRIMARY KEY,
    affiliate_id      uuid NOT NULL REFERENCES affiliates (id) ON DELETE CASCADE,
    referred_user_id  uuid REFERENCES users (id) ON DELETE SET NULL,
    referral_code     varchar(20) NOT NULL,
    status            varchar(20) NOT NULL,
    conversion_date   timestamptz,
    conversion_amount numeric(10, 2),
    created_at        timestamptz NOT NULL
);

CREATE TABLE predictions (
    id              uuid PRIMARY KEY,
    user_id         uuid REFERENCES users (id) ON DELETE SET NULL,
    game_id         varchar(50) NOT NULL,
    season          integer NOT NULL,
    week            integer NOT NULL,
    prediction_type varchar(50) NOT NULL,
    home_team       varchar(5) NOT NULL,
    away_team       varchar(5) NOT NULL,
    prediction_data jsonb NOT NULL,
    confidence      numeric(5, 4),
    is_correct      boolean,
    created_at      timestamptz NOT NULL
);

CREATE TABLE user_prediction_access (
    id            integer PRIMARY KEY,
    user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    prediction_id uuid NOT NULL REFERENCES predictions (id) ON DELETE CASCADE,
    access_type   varchar(20) NOT NULL,
    accessed_at   timestamptz NOT NULL
);

CREATE TABLE audit_logs (
    id            integer PRIMARY KEY,
    user_id       uuid REFERENCES users (id) ON DELETE SET NULL,
    action        varchar(100) NOT NULL,
    resource_type varchar(50),
    resource_id   varchar(255),
    details       jsonb,
    ip_address    varchar(45),
    user_agent    text,
    created_at    timestamptz NOT NULL
);
