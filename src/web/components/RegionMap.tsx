import 'leaflet/dist/leaflet.css';
import { Alert, Box, Loader, Overlay, Text } from '@mantine/core';
import * as L from 'leaflet';
import type { Feature } from 'geojson';
import { useEffect, useRef } from 'react';
import { getRegionGeometry } from '../api/regions';
import { useApiQuery } from '../api/use-api-query';
import { useT } from '../i18n/context';

/** What the map needs to know about the region it shows. */
export type RegionMapProps = {
  code: string;
  name: string;
  lat: number;
  lng: number;
  /** Height of the map in pixels. */
  height?: number;
};

const boundaryStyle: L.PathOptions = {
  color: '#006f80',
  weight: 2,
  fillColor: '#2898aa',
  fillOpacity: 0.25,
};

/**
 * The boundary of one region on a blank map. There is deliberately no tile layer: Sinergi must run
 * without internet access, and the outline with its centre point is enough to place a region.
 * Loaded lazily, so Leaflet is only downloaded by pages that show a map.
 */
export default function RegionMap({ code, name, lat, lng, height = 360 }: RegionMapProps) {
  const t = useT();
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const geometry = useApiQuery(['geometry', code], (signal) => getRegionGeometry(code, signal));
  const attribution = t('region.map.attribution');

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const map = L.map(container, {
      zoomSnap: 0.25,
      // A page that scrolls should not zoom the map by accident.
      scrollWheelZoom: false,
      attributionControl: true,
    });
    map.attributionControl.setPrefix(false);
    mapRef.current = map;
    return () => {
      map.remove();
      mapRef.current = null;
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    map.attributionControl.addAttribution(attribution);
    return () => {
      map.attributionControl.removeAttribution(attribution);
    };
  }, [attribution]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const layers = L.layerGroup().addTo(map);
    const center = L.latLng(lat, lng);

    if (geometry.data) {
      const boundary = L.geoJSON(geometry.data as unknown as Feature, { style: () => boundaryStyle });
      boundary.addTo(layers);
      map.fitBounds(boundary.getBounds(), { padding: [16, 16] });
    } else {
      map.setView(center, 8);
    }
    L.circleMarker(center, {
      radius: 6,
      color: '#ffffff',
      weight: 2,
      fillColor: '#c92a2a',
      fillOpacity: 1,
    })
      .bindTooltip(`${name} (${lat.toFixed(4)}, ${lng.toFixed(4)})`)
      .addTo(layers);

    return () => {
      layers.remove();
    };
  }, [geometry.data, lat, lng, name]);

  const missing = geometry.error !== undefined;

  return (
    <Box>
      <Box pos="relative" style={{ borderRadius: 'var(--mantine-radius-md)', overflow: 'hidden' }}>
        <div
          ref={containerRef}
          className="region-map"
          style={{ height }}
          role="img"
          aria-label={t('region.map.label', { name })}
          data-testid="region-map"
        />
        {geometry.loading && (
          <Overlay color="#fff" backgroundOpacity={0.5} zIndex={500} center>
            <Loader size="sm" aria-label={t('common.loading')} />
          </Overlay>
        )}
      </Box>
      {missing ? (
        <Alert color="yellow" variant="light" mt="xs" p="xs">
          <Text size="xs">{t('region.map.noGeometry')}</Text>
        </Alert>
      ) : (
        <Text size="xs" c="dimmed" mt="xs">
          {t('region.map.legend')}
        </Text>
      )}
    </Box>
  );
}
