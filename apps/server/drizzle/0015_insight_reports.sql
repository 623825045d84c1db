CREATE TABLE "insight_key_phrases" (
	"user_id" uuid NOT NULL,
	"text_hash" text NOT NULL,
	"phrases" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "insight_key_phrases_user_id_text_hash_pk" PRIMARY KEY("user_id","text_hash")
);
--> statement-breakpoint
CREATE TABLE "insight_reports" (
	"user_id" uuid NOT NULL,
	"month" text NOT NULL,
	"zone" text NOT NULL,
	"computed_at" timestamp (3) with time zone NOT NULL,
	"report" jsonb NOT NULL,
	"inputs_version" text NOT NULL,
	"post_count" integer NOT NULL,
	CONSTRAINT "insight_reports_user_id_month_pk" PRIMARY KEY("user_id","month")
);
--> statement-breakpoint
ALTER TABLE "insight_key_phrases" ADD CONSTRAINT "insight_key_phrases_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_reports" ADD CONSTRAINT "insight_reports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;