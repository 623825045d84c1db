CREATE TYPE "public"."voice_sample_source" AS ENUM('paste', 'file', 'linkedin', 'x', 'feedback');--> statement-breakpoint
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
ALTER TABLE "voice_profiles" ADD CONSTRAINT "voice_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voice_samples" ADD CONSTRAINT "voice_samples_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "voice_samples_user_hash_idx" ON "voice_samples" USING btree ("user_id","content_hash");--> statement-breakpoint
CREATE INDEX "voice_samples_user_created_idx" ON "voice_samples" USING btree ("user_id","created_at","id");