-- The applying organisation's unified social credit code, from application.submitted: an expert of
-- the same organisation has a conflict of interest. Applications submitted before have none.
ALTER TABLE "Application" ADD COLUMN "uscc" TEXT;
