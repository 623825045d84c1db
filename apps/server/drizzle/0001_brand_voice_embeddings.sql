CREATE TYPE "public"."voice_sample_source" AS ENUM('paste', 'file', 'linkedin', 'x', 'feedback');--> statement-breakpoint
CREATE TABLE "brand_answers" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"questionnaire_version" text NOT NULL,
	"answers" jsonb NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "brand_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"questionnaire_version" text NOT NULL,
	"answers" jsonb NOT NULL,
	"answers_hash" text NOT NULL,
	"assessment" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "brand_strategy_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"strategy" jsonb NOT NULL,
	"model_used" text NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "brand_strategy_versions_user_version_key" UNIQUE("user_id","version")
);
--> statement-breakpoint
CREATE TABLE "voice_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"characteristics" jsonb,
	"description" text DEFAULT '' NOT NULL,
	"sample_count" integer DEFAULT 0 NOT NULL,
	"last_trained_at" timestamp (3) with time zone,
	"version" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "voice_samples" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"text" text NOT NULL,
	"source" "voice_sample_source" NOT NULL,
	"content_hash" text NOT NULL,
	"weight" real DEFAULT 1 NOT NULL,
	"word_count" integer NOT NULL,
	"counts" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "embeddings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"model" text NOT NULL,
	"dimensions" integer NOT NULL,
	"embedding" real[] NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "embeddings_owner_model_unique" UNIQUE("owner_type","owner_id","model"),
	CONSTRAINT "embeddings_dimensions_match" CHECK (cardinality("embeddings"."embedding") = "embeddings"."dimensions")
);
--> statement-breakpoint
ALTER TABLE "brand_answers" ADD CONSTRAINT "brand_answers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_assessments" ADD CONSTRAINT "brand_assessments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_strategy_versions" ADD CONSTRAINT "brand_strategy_versions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voice_profiles" ADD CONSTRAINT "voice_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voice_samples" ADD CONSTRAINT "voice_samples_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "embeddings" ADD CONSTRAINT "embeddings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "brand_assessments_user_created_idx" ON "brand_assessments" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "voice_samples_user_hash_idx" ON "voice_samples" USING btree ("user_id","content_hash");--> statement-breakpoint
CREATE INDEX "voice_samples_user_created_idx" ON "voice_samples" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "embeddings_user_scope_idx" ON "embeddings" USING btree ("user_id","owner_type","model");