import { NotificationList } from "@ariadne/domain/notifications/index.ts";
import { z } from "zod";
import { request, withQuery } from "../api/client.ts";

export const notificationsApi = {
  list: (unreadOnly = false) =>
    request(
      "GET",
      withQuery("/api/v1/notifications", { unreadOnly: unreadOnly ? "true" : undefined }),
      NotificationList,
    ),
  markRead: (id: string) => request("POST", `/api/v1/notifications/${id}/read`, null, {}),
  markAllRead: () => request("POST", "/api/v1/notifications/read-all", z.object({ marked: z.number() }), {}),
};
