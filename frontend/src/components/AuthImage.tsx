import { Box, Center, Image, Skeleton, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchBinary } from '@/lib/api/binary';

interface Props {
  /** An API path answering an image that needs the user's token; undefined for none. */
  src: string | undefined;
  alt: string;
  height: number;
  /** Changes when the image may have changed (e.g. the record's version). */
  cacheKey?: string | number;
}

/**
 * An image behind the API's token: loaded as a Blob, shown through an object URL that is
 * revoked when the image changes or leaves the page.
 */
export function AuthImage({ src, alt, height, cacheKey }: Props) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['image', src, cacheKey],
    queryFn: async ({ signal }) => (await fetchBinary(src ?? '', { signal })).blob,
    enabled: src !== undefined,
    staleTime: 10 * 60_000,
    retry: false,
  });
  const url = useObjectUrl(query.data);

  if (src === undefined || query.isError) {
    return (
      <Center h={height} bg="gray.1" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
        <Text size="sm" c="dimmed">
          {t('products.noPhoto')}
        </Text>
      </Center>
    );
  }
  if (!url) return <Skeleton h={height} />;
  return (
    <Box h={height}>
      <Image src={url} alt={alt} h={height} fit="contain" radius="sm" bg="gray.0" />
    </Box>
  );
}

/** An object URL for a Blob, revoked when the Blob changes or the component unmounts. */
export function useObjectUrl(blob: Blob | undefined): string | undefined {
  const url = useMemo(() => (blob ? URL.createObjectURL(blob) : undefined), [blob]);
  useEffect(() => {
    if (!url) return undefined;
    return () => URL.revokeObjectURL(url);
  }, [url]);
  return url;
}
