CREATE TYPE "public"."generation_feedback_action" AS ENUM('accept', 'edit', 'reject');--> statement-breakpoint
CREATE TABLE "calendar_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"date" date NOT NULL,
	"topic" text NOT NULL,
	"pillar" text,
	"format" text NOT NULL,
	"platforms" text[] NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"content_id" uuid,
	"origin" text NOT NULL,
	"plan_month" text,
	"idempotency_key" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "calendar_entries_format_check" CHECK ("calendar_entries"."format" in ('post', 'thread', 'article', 'video_script')),
	CONSTRAINT "calendar_entries_status_check" CHECK ("calendar_entries"."status" in ('planned', 'drafted', 'scheduled', 'published', 'skipped')),
	CONSTRAINT "calendar_entries_origin_check" CHECK ("calendar_entries"."origin" in ('user', 'plan'))
);
--> statement-breakpoint
CREATE TABLE "calendar_plans" (
	"user_id" uuid NOT NULL,
	"month" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_plans_user_id_month_pk" PRIMARY KEY("user_id","month")
);
--> statement-breakpoint
CREATE TABLE "content" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"title" text,
	"body" text NOT NULL,
	"body_markdown" text NOT NULL,
	"platforms" text[] NOT NULL,
	"pillar" text,
	"metadata" jsonb NOT NULL,
	"ai_metadata" jsonb,
	"status" text DEFAULT 'draft' NOT NULL,
	"performance_data" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"idempotency_key" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"structure" text NOT NULL,
	"format" text NOT NULL,
	"idempotency_key" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"content_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text,
	"body" text NOT NULL,
	"body_markdown" text NOT NULL,
	"author" text NOT NULL,
	"change_note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_versions_content_version_key" UNIQUE("content_id","version")
);
--> statement-breakpoint
CREATE TABLE "generation_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"action" "generation_feedback_action" NOT NULL,
	"text" text NOT NULL,
	"text_hash" text NOT NULL,
	"platform" text NOT NULL,
	"reason" text,
	"voice_learned" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "calendar_entries" ADD CONSTRAINT "calendar_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_entries" ADD CONSTRAINT "calendar_entries_content_id_content_id_fk" FOREIGN KEY ("content_id") REFERENCES "public"."content"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_plans" ADD CONSTRAINT "calendar_plans_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content" ADD CONSTRAINT "content_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_templates" ADD CONSTRAINT "content_templates_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_versions" ADD CONSTRAINT "content_versions_content_id_content_id_fk" FOREIGN KEY ("content_id") REFERENCES "public"."content"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_versions" ADD CONSTRAINT "content_versions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "generation_feedback" ADD CONSTRAINT "generation_feedback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calendar_entries_user_date_idx" ON "calendar_entries" USING btree ("user_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_entries_user_idempotency_key" ON "calendar_entries" USING btree ("user_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "content_user_created_idx" ON "content" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "content_user_idempotency_key" ON "content" USING btree ("user_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "content_search_idx" ON "content" USING gin (to_tsvector('english', coalesce("title", '') || ' ' || "body_markdown"));--> statement-breakpoint
CREATE INDEX "content_templates_user_created_idx" ON "content_templates" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "content_templates_user_idempotency_key" ON "content_templates" USING btree ("user_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "generation_feedback_user_hash_idx" ON "generation_feedback" USING btree ("user_id","action","text_hash","created_at");