-- DropTable
DROP TABLE "RateLimitBucket";

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" VARCHAR(400) NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMPTZ(3),

    CONSTRAINT "RateLimiterFlexible_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RateLimiterFlexible_expire_idx" ON "RateLimiterFlexible"("expire");
