CREATE TABLE "recommendation_feed_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"feed_id" uuid NOT NULL,
	"dedupe_key" text NOT NULL,
	"title" text NOT NULL,
	"link" text,
	"published_at" timestamp (3) with time zone,
	"summary" text DEFAULT '' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recommendation_topics" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"topic" text NOT NULL,
	"topic_key" text NOT NULL,
	"pillar" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recommendation_candidates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"phrase" text NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recommendation_feedback" (
	"user_id" uuid NOT NULL,
	"topic_key" text NOT NULL,
	"action" text NOT NULL,
	"pillar" text,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recommendation_feedback_user_id_topic_key_pk" PRIMARY KEY("user_id","topic_key")
);
--> statement-breakpoint
CREATE TABLE "recommendation_topic_signals" (
	"user_id" uuid NOT NULL,
	"topic_key" text NOT NULL,
	"industry" text NOT NULL,
	"posts" integer NOT NULL,
	"lift" double precision NOT NULL,
	"refreshed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recommendation_topic_signals_user_id_topic_key_pk" PRIMARY KEY("user_id","topic_key")
);
--> statement-breakpoint
CREATE TABLE "recommendation_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"url" text NOT NULL,
	"title" text NOT NULL,
	"last_fetched_at" timestamp (3) with time zone,
	"last_error" text,
	"etag" text,
	"last_modified" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "recommendation_feed_items" ADD CONSTRAINT "recommendation_feed_items_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_feed_items" ADD CONSTRAINT "recommendation_feed_items_feed_id_recommendation_feeds_id_fk" FOREIGN KEY ("feed_id") REFERENCES "public"."recommendation_feeds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_topics" ADD CONSTRAINT "recommendation_topics_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_candidates" ADD CONSTRAINT "recommendation_candidates_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_feedback" ADD CONSTRAINT "recommendation_feedback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_topic_signals" ADD CONSTRAINT "recommendation_topic_signals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_feeds" ADD CONSTRAINT "recommendation_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "recommendation_feed_items_user_key" ON "recommendation_feed_items" USING btree ("user_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "recommendation_feed_items_user_time_idx" ON "recommendation_feed_items" USING btree ("user_id","published_at");--> statement-breakpoint
CREATE INDEX "recommendation_topics_user_idx" ON "recommendation_topics" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "recommendation_candidates_user_idx" ON "recommendation_candidates" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "recommendation_topic_signals_cohort_idx" ON "recommendation_topic_signals" USING btree ("industry","topic_key");--> statement-breakpoint
CREATE UNIQUE INDEX "recommendation_feeds_user_url_key" ON "recommendation_feeds" USING btree ("user_id","url");--> statement-breakpoint
CREATE INDEX "recommendation_feeds_fetched_idx" ON "recommendation_feeds" USING btree ("last_fetched_at");