// HTTP for reports: GET /reports (?month=) lists the months that have one; GET /reports/:month is the
// report as JSON, /reports/:month/pdf and /reports/:month/csv the same month as a download. Reads
// only, scoped to the caller; a malformed or future month is problem+json naming `month`.
import {
  monthlyReportSchema,
  problemSchema,
  reportMonthParamsSchema,
  reportsListQuerySchema,
  reportsListSchema,
} from '@brandwright/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { principalOf, requireAuth } from '../../platform/http/index.js';
import { renderReportPdf } from './report-pdf.js';
import type { ReportsService } from './reports.service.js';

const tags = ['reports'];
const security = [{ bearerAuth: [] }];
const errors = { 400: problemSchema, 401: problemSchema };

export function reportLinks(month: string) {
  const self = `/api/v1/reports/${month}`;
  return { self, pdf: `${self}/pdf`, csv: `${self}/csv` };
}

function attachment(month: string, extension: 'pdf' | 'csv'): string {
  return `attachment; filename="brandwright-report-${month}.${extension}"`;
}

export function reportsRoutes(reports: ReportsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireAuth);

    app.get(
      '/reports',
      {
        schema: {
          tags,
          security,
          querystring: reportsListQuerySchema,
          response: { 200: reportsListSchema, ...errors },
        },
      },
      async (request) => {
        const listing = await reports.list(principalOf(request).userId, request.query);
        return { ...listing, reports: listing.reports.map((r) => ({ ...r, links: reportLinks(r.month) })) };
      },
    );

    app.get(
      '/reports/:month',
      {
        schema: {
          tags,
          security,
          params: reportMonthParamsSchema,
          response: { 200: monthlyReportSchema, ...errors },
        },
      },
      async (request) => {
        const { month } = request.params;
        return { ...(await reports.report(principalOf(request).userId, month)), links: reportLinks(month) };
      },
    );

    app.get(
      '/reports/:month/pdf',
      {
        schema: {
          tags,
          security,
          params: reportMonthParamsSchema,
          produces: ['application/pdf'],
          response: { 200: z.string().describe('The report as a PDF'), ...errors },
        },
      },
      async (request, reply) => {
        const { month } = request.params;
        const pdf = await renderReportPdf(await reports.report(principalOf(request).userId, month));
        // A Buffer is sent as it is (no serializer runs); the string schema only documents it.
        return reply
          .type('application/pdf')
          .header('content-disposition', attachment(month, 'pdf'))
          .send(pdf as unknown as string);
      },
    );

    app.get(
      '/reports/:month/csv',
      {
        schema: {
          tags,
          security,
          params: reportMonthParamsSchema,
          produces: ['text/csv'],
          response: {
            200: z.string().describe('CSV, one row per post and platform of the month'),
            ...errors,
          },
        },
      },
      async (request, reply) => {
        const { month } = request.params;
        const csv = await reports.csv(principalOf(request).userId, month);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', attachment(month, 'csv'))
          .send(csv as unknown as string);
      },
    );
  };
}
