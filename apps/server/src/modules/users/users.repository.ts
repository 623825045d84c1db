// The only code that touches the users, user_profiles and user_avatars tables.
import { and, asc, eq, gt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.js';
import type { KeysetPosition } from '../../platform/http/index.js';
import type { AvatarImage } from './avatar-image.js';
import { userAvatars, userProfiles, users } from './users.schema.js';

export type ProfileRow = Omit<typeof userProfiles.$inferSelect, 'userId' | 'updatedAt' | 'brandData'>;
export type ProfilePatch = Partial<ProfileRow>;

export interface UserRecord {
  id: string;
  email: string;
  role: 'user' | 'admin';
  subscriptionTier: 'free' | 'pro' | 'team';
  createdAt: Date;
  profile: ProfileRow;
}

export interface Credentials {
  id: string;
  role: 'user' | 'admin';
  passwordHash: string;
}

const selection = {
  id: users.id,
  email: users.email,
  role: users.role,
  subscriptionTier: users.subscriptionTier,
  createdAt: users.createdAt,
  profile: {
    fullName: userProfiles.fullName,
    headline: userProfiles.headline,
    bio: userProfiles.bio,
    industry: userProfiles.industry,
    experienceLevel: userProfiles.experienceLevel,
    profileImageUrl: userProfiles.profileImageUrl,
    timezone: userProfiles.timezone,
    benchmarkOptIn: userProfiles.benchmarkOptIn,
  },
};

export class UsersRepository {
  constructor(private readonly db: Db) {}

  /** Inserts the account and its profile; returns undefined when the email is taken. */
  async create(
    tx: Db,
    input: { email: string; passwordHash: string; fullName: string },
  ): Promise<UserRecord | undefined> {
    const [user] = await tx
      .insert(users)
      .values({ email: input.email, passwordHash: input.passwordHash })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!user) return undefined;
    await tx.insert(userProfiles).values({ userId: user.id, fullName: input.fullName });
    return this.findById(user.id, tx);
  }

  async findById(id: string, db: Db = this.db): Promise<UserRecord | undefined> {
    const [row] = await db
      .select(selection)
      .from(users)
      .innerJoin(userProfiles, eq(userProfiles.userId, users.id))
      .where(eq(users.id, id));
    return row;
  }

  async findCredentials(email: string): Promise<Credentials | undefined> {
    const [row] = await this.db
      .select({ id: users.id, role: users.role, passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.email, email));
    return row;
  }

  async findCredentialsById(id: string): Promise<Credentials | undefined> {
    const [row] = await this.db
      .select({ id: users.id, role: users.role, passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.id, id));
    return row;
  }

  /** Stores the photo and points the profile at its versioned URL, together. */
  async saveAvatar(id: string, avatar: AvatarImage, url: string): Promise<UserRecord | undefined> {
    return this.db.transaction(async (tx) => {
      const row = { userId: id, ...avatar, updatedAt: new Date() };
      await tx.insert(userAvatars).values(row).onConflictDoUpdate({ target: userAvatars.userId, set: row });
      await tx
        .update(userProfiles)
        .set({ profileImageUrl: url, updatedAt: sql`now()` })
        .where(eq(userProfiles.userId, id));
      return this.findById(id, tx);
    });
  }

  async deleteAvatar(id: string): Promise<UserRecord | undefined> {
    return this.db.transaction(async (tx) => {
      await tx.delete(userAvatars).where(eq(userAvatars.userId, id));
      await tx
        .update(userProfiles)
        .set({ profileImageUrl: null, updatedAt: sql`now()` })
        .where(eq(userProfiles.userId, id));
      return this.findById(id, tx);
    });
  }

  async findAvatar(id: string): Promise<AvatarImage | undefined> {
    const [row] = await this.db
      .select({ image: userAvatars.image, contentType: userAvatars.contentType, etag: userAvatars.etag })
      .from(userAvatars)
      .where(eq(userAvatars.userId, id));
    return row as AvatarImage | undefined;
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.db.update(users).set({ passwordHash }).where(eq(users.id, id));
  }

  async updateProfile(id: string, patch: ProfilePatch): Promise<UserRecord | undefined> {
    return this.db.transaction(async (tx) => {
      const updated = await tx
        .update(userProfiles)
        .set({ ...patch, updatedAt: sql`now()` })
        .where(eq(userProfiles.userId, id))
        .returning({ userId: userProfiles.userId });
      if (updated.length === 0) return undefined;
      await tx.update(users).set({ updatedAt: sql`now()` }).where(eq(users.id, id));
      return this.findById(id, tx);
    });
  }

  /** Deletes the account; every table that references users cascades. */
  async delete(id: string): Promise<boolean> {
    const deleted = await this.db.delete(users).where(eq(users.id, id)).returning({ id: users.id });
    return deleted.length > 0;
  }

  /** The user's id and whether the role changed (false: it already was `role`); undefined: no such email. */
  async setRole(
    email: string,
    role: 'user' | 'admin',
  ): Promise<{ id: string; changed: boolean } | undefined> {
    const [updated] = await this.db
      .update(users)
      .set({ role })
      .where(and(eq(users.email, email), ne(users.role, role)))
      .returning({ id: users.id });
    if (updated) return { id: updated.id, changed: true };
    const [existing] = await this.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    return existing ? { id: existing.id, changed: false } : undefined;
  }

  /** Oldest first; `limit + 1` rows so the caller can tell whether there is a next page. */
  async list(limit: number, after?: KeysetPosition): Promise<UserRecord[]> {
    const afterClause = after
      ? or(
          gt(users.createdAt, after.createdAt),
          and(eq(users.createdAt, after.createdAt), gt(users.id, after.id)),
        )
      : undefined;
    return this.db
      .select(selection)
      .from(users)
      .innerJoin(userProfiles, eq(userProfiles.userId, users.id))
      .where(afterClause)
      .orderBy(asc(users.createdAt), asc(users.id))
      .limit(limit + 1);
  }
}
