// Public face of the reports module: its routes (mounted at /api/v1/reports) and its commands.
export { reportRoutes } from './report.routes.js';
export { registerReportCommands } from './report.cli.js';
export { ReportJobSchema } from './report.presenter.js';
