-- CreateTable
CREATE TABLE "MergedArrival" (
    "mergedId" UUID NOT NULL,
    "arrivalId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "mergedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MergedArrival_pkey" PRIMARY KEY ("mergedId")
);

-- CreateIndex
CREATE INDEX "MergedArrival_arrivalId_idx" ON "MergedArrival"("arrivalId");

-- AddForeignKey
ALTER TABLE "MergedArrival" ADD CONSTRAINT "MergedArrival_arrivalId_fkey" FOREIGN KEY ("arrivalId") REFERENCES "Arrival"("id") ON DELETE CASCADE ON UPDATE CASCADE;
