-- Trigram matching for the certificate search by part of a name (a trusted extension: the database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "AnalyticsDay" (
    "tenantId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "programmeId" TEXT NOT NULL,
    "doses" INTEGER NOT NULL,
    "certificates" INTEGER NOT NULL,
    "corrections" INTEGER NOT NULL,
    "revocations" INTEGER NOT NULL,

    CONSTRAINT "AnalyticsDay_pkey" PRIMARY KEY ("tenantId","day","programmeId")
);

-- CreateTable
CREATE TABLE "AnalyticsFacilityDay" (
    "tenantId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "programmeId" TEXT NOT NULL,
    "facilityId" TEXT NOT NULL,
    "doses" INTEGER NOT NULL,
    "certificates" INTEGER NOT NULL,

    CONSTRAINT "AnalyticsFacilityDay_pkey" PRIMARY KEY ("tenantId","day","programmeId","facilityId")
);

-- CreateTable
CREATE TABLE "AnalyticsFacilityMonth" (
    "tenantId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "programmeId" TEXT NOT NULL,
    "facilityId" TEXT NOT NULL,
    "doses" INTEGER NOT NULL,
    "certificates" INTEGER NOT NULL,

    CONSTRAINT "AnalyticsFacilityMonth_pkey" PRIMARY KEY ("tenantId","month","programmeId","facilityId")
);

-- CreateTable
CREATE TABLE "AnalyticsVaccineDay" (
    "tenantId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "programmeId" TEXT NOT NULL,
    "vaccineId" TEXT NOT NULL,
    "dose" INTEGER NOT NULL,
    "doses" INTEGER NOT NULL,
    "certificates" INTEGER NOT NULL,

    CONSTRAINT "AnalyticsVaccineDay_pkey" PRIMARY KEY ("tenantId","day","programmeId","vaccineId","dose")
);

-- CreateTable
CREATE TABLE "AnalyticsRatingDay" (
    "tenantId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "programmeId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "AnalyticsRatingDay_pkey" PRIMARY KEY ("tenantId","day","programmeId","rating")
);

-- CreateTable
CREATE TABLE "AnalyticsRefresh" (
    "tenantId" TEXT NOT NULL,
    "refreshedAt" TIMESTAMP(3) NOT NULL,
    "sourceMark" TEXT NOT NULL,

    CONSTRAINT "AnalyticsRefresh_pkey" PRIMARY KEY ("tenantId")
);

-- CreateIndex
CREATE INDEX "Certificate_tenantId_updatedAt_idx" ON "Certificate"("tenantId", "updatedAt");

-- CreateIndex
CREATE INDEX "Feedback_tenantId_createdAt_idx" ON "Feedback"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "Recipient_identityNumber_idx" ON "Recipient"("identityNumber");

-- CreateIndex
CREATE INDEX "Recipient_name_idx" ON "Recipient" USING GIN ("name" gin_trgm_ops);
