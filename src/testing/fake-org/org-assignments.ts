import { ConfigError } from '../../errors/config-error.js';

/** A group as the Groups API returns it, reduced to what a sync reads. */
export interface FakeGroup {
  /** The group's id. */
  id: string;
  type: 'OKTA_GROUP';
  /** The group's name and description. */
  profile: { name: string; description: string | null };
}

/** How a user is assigned to an app: directly, or through a group. */
export type AssignmentScope = 'USER' | 'GROUP';

interface AppAssignments {
  users: Set<string>;
  groups: Set<string>;
}

/**
 * The groups of a fake org with their members, and its apps with the
 * users and groups assigned to them. Ids are not checked against the
 * users, so a test may assign someone before adding them.
 */
export class OrgAssignments {
  readonly #groups = new Map<string, FakeGroup>();
  readonly #members = new Map<string, Set<string>>();
  readonly #apps = new Map<string, AppAssignments>();

  /** Adds a group with these members, or replaces its members. */
  addGroup(id: string, name: string, memberIds: readonly string[] = []): FakeGroup {
    const group: FakeGroup = { id, type: 'OKTA_GROUP', profile: { name, description: null } };
    this.#groups.set(id, group);
    this.#members.set(id, new Set(memberIds));

    return group;
  }

  /** Adds an app with nobody assigned, if it does not exist yet. */
  addApp(appId: string): void {
    if (!this.#apps.has(appId)) {
      this.#apps.set(appId, { users: new Set(), groups: new Set() });
    }
  }

  /** @throws ConfigError when the group does not exist. */
  addMember(groupId: string, userId: string): void {
    this.#membersOf(groupId).add(userId);
  }

  /** @throws ConfigError when the group does not exist. */
  removeMember(groupId: string, userId: string): void {
    this.#membersOf(groupId).delete(userId);
  }

  /** Assigns a user to an app directly, making the app if needed. */
  assignUser(appId: string, userId: string): void {
    this.addApp(appId);
    this.#appOf(appId).users.add(userId);
  }

  /** Removes a user's direct assignment (a group may still assign them). */
  unassignUser(appId: string, userId: string): void {
    this.#appOf(appId).users.delete(userId);
  }

  /** Assigns every member of a group to an app, making the app if needed. */
  assignGroup(appId: string, groupId: string): void {
    this.addApp(appId);
    this.#membersOf(groupId);
    this.#appOf(appId).groups.add(groupId);
  }

  /** Removes a group's assignment to an app. */
  unassignGroup(appId: string, groupId: string): void {
    this.#appOf(appId).groups.delete(groupId);
  }

  /** The group, or undefined when there is none with that id. */
  findGroup(groupId: string): FakeGroup | undefined {
    return this.#groups.get(groupId);
  }

  /** Every group, in the order they were added. */
  listGroups(): FakeGroup[] {
    return [...this.#groups.values()];
  }

  /** True when an app with that id exists. */
  hasApp(appId: string): boolean {
    return this.#apps.has(appId);
  }

  /** True when the user is a member of the group. */
  isMember(groupId: string, userId: string): boolean {
    return this.#members.get(groupId)?.has(userId) ?? false;
  }

  /** The groups a user is a member of, in the order they were added. */
  groupsOf(userId: string): FakeGroup[] {
    return [...this.#groups.values()].filter((group) => this.isMember(group.id, userId));
  }

  /** How the user is assigned to the app, or undefined when not at all. */
  assignmentOf(appId: string, userId: string): AssignmentScope | undefined {
    const app = this.#apps.get(appId);

    if (app === undefined) {
      return undefined;
    }

    if (app.users.has(userId)) {
      return 'USER';
    }

    const viaGroup = [...app.groups].some((groupId) => this.isMember(groupId, userId));

    return viaGroup ? 'GROUP' : undefined;
  }

  #membersOf(groupId: string): Set<string> {
    const members = this.#members.get(groupId);

    if (members === undefined) {
      throw new ConfigError([{ field: 'groupId', message: `no group has the id ${groupId}` }]);
    }

    return members;
  }

  #appOf(appId: string): AppAssignments {
    const app = this.#apps.get(appId);

    if (app === undefined) {
      throw new ConfigError([{ field: 'appId', message: `no app has the id ${appId}` }]);
    }

    return app;
  }
}
