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
ALTER TABLE "calendar_entries" ADD CONSTRAINT "calendar_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_plans" ADD CONSTRAINT "calendar_plans_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calendar_entries_user_date_idx" ON "calendar_entries" USING btree ("user_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_entries_user_idempotency_key" ON "calendar_entries" USING btree ("user_id","idempotency_key");