import {
  AuditPage,
  Municipality,
  type MunicipalityLocale,
  Organisation,
  type OrganisationCreate,
  type OrganisationUpdate,
  Paged,
  PasswordResetIssued,
  type PasswordResetRequest,
  User,
  type UserCreate,
  UserCreated,
  type UserUpdate,
} from "@ariadne/domain/admin/index.ts";
import { Region, type RegionCreate, type RegionUpdate } from "@ariadne/domain/stats/index.ts";
import { request, withQuery } from "../api/client.ts";

/** A system admin names the municipality; everyone else works in their own (scope left empty). */
export interface Scope {
  municipalityId?: string | undefined;
}

const OrganisationList = Paged(Organisation);
const UserList = Paged(User);
const MunicipalityList = Paged(Municipality);
const RegionList = Paged(Region);

export const adminApi = {
  municipalities: () => request("GET", "/api/v1/municipalities", MunicipalityList),
  /** The municipality's default language, for its users who chose none (issue 18). */
  setMunicipalityLocale: (scope: Scope, body: MunicipalityLocale) =>
    request("PUT", withQuery("/api/v1/municipality/locale", { ...scope }), Municipality, body),
  regions: () => request("GET", "/api/v1/regions", RegionList),
  /** Regions are the system's, not one municipality's: no scope (issue 17). */
  createRegion: (body: RegionCreate) => request("POST", "/api/v1/regions", Region, body),
  updateRegion: (id: string, body: RegionUpdate) =>
    request("PATCH", `/api/v1/regions/${encodeURIComponent(id)}`, Region, body),

  organisations: (scope: Scope) =>
    request("GET", withQuery("/api/v1/organisations", { ...scope }), OrganisationList),
  createOrganisation: (scope: Scope, body: OrganisationCreate) =>
    request("POST", withQuery("/api/v1/organisations", { ...scope }), Organisation, body),
  updateOrganisation: (scope: Scope, id: string, body: OrganisationUpdate) =>
    request(
      "PATCH",
      withQuery(`/api/v1/organisations/${encodeURIComponent(id)}`, { ...scope }),
      Organisation,
      body,
    ),

  users: (scope: Scope) => request("GET", withQuery("/api/v1/users", { ...scope }), UserList),
  createUser: (scope: Scope, body: UserCreate) =>
    request("POST", withQuery("/api/v1/users", { ...scope }), UserCreated, body),
  updateUser: (scope: Scope, id: string, body: UserUpdate) =>
    request("PATCH", withQuery(`/api/v1/users/${encodeURIComponent(id)}`, { ...scope }), User, body),
  resetPassword: (scope: Scope, id: string, body: PasswordResetRequest) =>
    request(
      "POST",
      withQuery(`/api/v1/users/${encodeURIComponent(id)}/password-reset`, { ...scope }),
      PasswordResetIssued,
      body,
    ),

  audit: (
    scope: Scope,
    query: { before?: number | undefined; action?: string | undefined; limit?: number },
  ) => request("GET", withQuery("/api/v1/audit", { limit: 50, ...query, ...scope }), AuditPage),
};
