CREATE TABLE "generation_drafts" (
	"content_id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"variants" jsonb NOT NULL,
	"decision" "generation_feedback_action",
	"decided_variant" integer,
	"decided_text_hash" text,
	"reason" text,
	"decided_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "content_search_idx";--> statement-breakpoint
ALTER TABLE "content" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || body_markdown)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "generation_drafts" ADD CONSTRAINT "generation_drafts_content_id_content_id_fk" FOREIGN KEY ("content_id") REFERENCES "public"."content"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "generation_drafts" ADD CONSTRAINT "generation_drafts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "content_search_idx" ON "content" USING gin ("search_vector");