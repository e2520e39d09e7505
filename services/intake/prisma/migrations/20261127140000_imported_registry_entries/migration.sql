-- A space imported at go-live (space.imported) is in the public registry without an application.
ALTER TABLE "RegistryEntry" ALTER COLUMN "applicationId" DROP NOT NULL;
