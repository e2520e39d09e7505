-- One database per service (each service owns its data).
CREATE DATABASE intake;
CREATE DATABASE review;
CREATE DATABASE evaluation;
CREATE DATABASE notification;
CREATE DATABASE temporal;
CREATE DATABASE temporal_visibility;
-- Keycloak's own.
CREATE DATABASE keycloak;
