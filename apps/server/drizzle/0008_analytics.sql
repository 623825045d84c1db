CREATE TABLE "analytics_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"train_voice" boolean DEFAULT false NOT NULL,
	"payload" "bytea",
	"rows_read" integer DEFAULT 0 NOT NULL,
	"imported" integer DEFAULT 0 NOT NULL,
	"skipped" integer DEFAULT 0 NOT NULL,
	"refused" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"idempotency_key" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analytics_snapshots" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "analytics_snapshots_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"platform" text NOT NULL,
	"post_id" uuid,
	"connection_id" uuid,
	"metric_type" text NOT NULL,
	"metric_value" double precision NOT NULL,
	"snapshot_date" timestamp (3) with time zone NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "analytics_snapshots_value_check" CHECK ("analytics_snapshots"."metric_value" >= 0)
);
--> statement-breakpoint
CREATE TABLE "analytics_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"platform" text NOT NULL,
	"connection_id" uuid,
	"platform_post_id" text,
	"url" text,
	"content_id" uuid,
	"scheduled_post_id" uuid,
	"source" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"text_hash" text NOT NULL,
	"published_at" timestamp (3) with time zone NOT NULL,
	"followers_at_post" integer,
	"latest" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"latest_at" timestamp (3) with time zone,
	"fetch_step" integer DEFAULT 0 NOT NULL,
	"next_fetch_at" timestamp (3) with time zone,
	"tracking_status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "content" ADD COLUMN "source" text DEFAULT 'brandwright' NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_imports" ADD CONSTRAINT "analytics_imports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_snapshots" ADD CONSTRAINT "analytics_snapshots_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_snapshots" ADD CONSTRAINT "analytics_snapshots_post_id_analytics_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."analytics_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_snapshots" ADD CONSTRAINT "analytics_snapshots_connection_id_platform_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."platform_connections"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_posts" ADD CONSTRAINT "analytics_posts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_posts" ADD CONSTRAINT "analytics_posts_connection_id_platform_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."platform_connections"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_posts" ADD CONSTRAINT "analytics_posts_content_id_content_id_fk" FOREIGN KEY ("content_id") REFERENCES "public"."content"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "analytics_imports_user_created_idx" ON "analytics_imports" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "analytics_imports_user_idempotency_key" ON "analytics_imports" USING btree ("user_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "analytics_snapshots_user_platform_time_idx" ON "analytics_snapshots" USING btree ("user_id","platform","snapshot_date");--> statement-breakpoint
CREATE UNIQUE INDEX "analytics_snapshots_post_key" ON "analytics_snapshots" USING btree ("post_id","metric_type","snapshot_date") WHERE "analytics_snapshots"."post_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "analytics_snapshots_account_key" ON "analytics_snapshots" USING btree ("user_id","platform","connection_id","metric_type","snapshot_date") WHERE "analytics_snapshots"."post_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "analytics_posts_platform_id_key" ON "analytics_posts" USING btree ("user_id","platform","platform_post_id") WHERE "analytics_posts"."platform_post_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "analytics_posts_time_text_key" ON "analytics_posts" USING btree ("user_id","platform","published_at","text_hash");--> statement-breakpoint
CREATE INDEX "analytics_posts_user_time_idx" ON "analytics_posts" USING btree ("user_id","platform","published_at");--> statement-breakpoint
CREATE INDEX "analytics_posts_due_idx" ON "analytics_posts" USING btree ("next_fetch_at") WHERE "analytics_posts"."tracking_status" = 'active';--> statement-breakpoint
CREATE INDEX "analytics_posts_content_idx" ON "analytics_posts" USING btree ("content_id");