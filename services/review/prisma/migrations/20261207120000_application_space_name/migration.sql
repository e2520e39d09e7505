-- The space's name as submitted, so staff desks (the inbox, the meeting record) name the
-- application by it; applications submitted before have none.
ALTER TABLE "Application" ADD COLUMN "spaceName" TEXT;
