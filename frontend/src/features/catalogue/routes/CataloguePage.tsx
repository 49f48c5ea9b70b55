import { Badge, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProductCard } from '@/components/ProductCard';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useMe } from '@/lib/api/me';
import type { CatalogueProject } from '@/lib/api/types';
import { formatDateNumeric, formatInteger } from '@/lib/format';
import { canViewCatalogue } from '@/lib/roles';
import { catalogueProjectsQueryOptions } from '@/records/project/queries';

const photoPath = (id: number) => `/api/catalogue/products/${id}/photo`;

/** 出展カタログ: the projects a buyer's company is invited to, their dates, exhibitors and products. Phone first. */
export function CataloguePage() {
  const { t } = useTranslation();
  const me = useMe();
  const allowed = me.data !== undefined && canViewCatalogue(me.data.roles);
  const projects = useQuery({ ...catalogueProjectsQueryOptions(), enabled: allowed });

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('catalogue.forbiddenTitle')} />;

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {t('catalogue.title')}
        </Title>
        <Text c="dimmed">{t('catalogue.description')}</Text>
      </Stack>
      {me.isPending || projects.isPending ? (
        <Stack gap="sm" aria-busy>
          <Skeleton h={120} />
          <Skeleton h={240} />
        </Stack>
      ) : projects.isError ? (
        <LoadError onRetry={() => void projects.refetch()} />
      ) : projects.data.length === 0 ? (
        <StateMessage title={t('catalogue.emptyTitle')} description={t('catalogue.emptyDescription')} />
      ) : (
        projects.data.map((project) => <CatalogueProjectView key={project.id} project={project} />)
      )}
    </Stack>
  );
}

function CatalogueProjectView({ project }: { project: CatalogueProject }) {
  const { t } = useTranslation();
  const headingId = `catalogue-project-${project.id}`;
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p={{ base: 'sm', sm: 'md' }}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId} style={{ overflowWrap: 'anywhere' }}>
          {project.title}
        </Title>
        {project.events.length > 0 && (
          <Stack gap={2}>
            <Text size="sm" fw={700}>
              {t('catalogue.events')}
            </Text>
            {project.events.map((e, i) => (
              <Text key={i} size="sm">
                {formatDateNumeric(e.heldOn)} {e.venue}
              </Text>
            ))}
          </Stack>
        )}
        {project.exhibitors.length === 0 ? (
          <Text c="dimmed">{t('catalogue.noExhibitors')}</Text>
        ) : (
          project.exhibitors.map((exhibitor) => (
            <Stack key={exhibitor.firmId} gap="xs" mt="sm">
              <Group gap="xs" justify="space-between">
                <Title order={3} size="h4">
                  {exhibitor.tradeName}
                </Title>
                <Badge variant="light" radius="sm">
                  {t('catalogue.productCount', { count: exhibitor.products.length, formattedCount: formatInteger(exhibitor.products.length) })}
                </Badge>
              </Group>
              {exhibitor.address && (
                <Text size="xs" c="dimmed">
                  {exhibitor.address}
                </Text>
              )}
              <SimpleGrid
                component="ul"
                cols={{ base: 1, xs: 2, md: 3 }}
                spacing="sm"
                aria-label={t('catalogue.productsOf', { name: exhibitor.tradeName })}
                style={{ listStyle: 'none', padding: 0, margin: 0 }}
              >
                {exhibitor.products.map((product) => (
                  <ProductCard key={product.id} product={product} photoPath={photoPath} />
                ))}
              </SimpleGrid>
            </Stack>
          ))
        )}
      </Stack>
    </Paper>
  );
}
