import { Skeleton } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { HomePage } from '@/features/home/routes/HomePage';

// The dashboard (with its charts) loads only for staff, after sign-in: the landing page stays small.
const DashboardPage = lazy(() => import('@/features/kpi/routes/DashboardPage').then((m) => ({ default: m.DashboardPage })));

/** Home: the greeting for everyone; for staff, the fiscal year's targets against actuals below it. */
export function HomeRoute() {
  return (
    <HomePage
      staffHome={
        <Suspense fallback={<Skeleton h={400} aria-busy />}>
          <DashboardPage />
        </Suspense>
      }
    />
  );
}
