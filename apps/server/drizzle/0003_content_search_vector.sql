DROP INDEX "content_search_idx";--> statement-breakpoint
ALTER TABLE "content" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || body_markdown)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "content_search_idx" ON "content" USING gin ("search_vector");