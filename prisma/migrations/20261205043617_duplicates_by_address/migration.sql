-- CreateIndex
CREATE INDEX "Arrival_municipalityId_postalCode_idx" ON "Arrival"("municipalityId", "postalCode");
