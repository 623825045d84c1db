CREATE TYPE "public"."generation_feedback_action" AS ENUM('accept', 'edit', 'reject');--> statement-breakpoint
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
ALTER TABLE "generation_feedback" ADD CONSTRAINT "generation_feedback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "generation_feedback_user_hash_idx" ON "generation_feedback" USING btree ("user_id","action","text_hash","created_at");