// Public surface of reports: the monthly report service (KPIs from analytics, insights from the
// insights service) and its routes (JSON, PDF, CSV).
import { reportsRoutes } from './reports.routes.js';
import { type ReportsPorts, ReportsService } from './reports.service.js';

export type { ReportsPorts, ReportsService } from './reports.service.js';

export function createReports(ports: ReportsPorts) {
  const service = new ReportsService(ports);
  return { service, routes: reportsRoutes(service) };
}
