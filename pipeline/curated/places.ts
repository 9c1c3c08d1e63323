import type { Place } from '../../src/core/dataset/schema';

/** Places the events happened at; coordinates are the city centres (WGS84, GeoNames). */
export const PLACES: ReadonlyArray<Place> = [
  { id: 'seoul', name: 'Seoul', nameKo: '서울', nameZh: '首尔', country: 'KR', lat: 37.5665, lon: 126.978 },
  { id: 'beijing', name: 'Beijing', nameKo: '베이징', nameZh: '北京', country: 'CN', lat: 39.9042, lon: 116.4074 },
  { id: 'qingdao', name: 'Qingdao', nameKo: '칭다오', nameZh: '青岛', country: 'CN', lat: 36.0671, lon: 120.3826 },
  { id: 'hangzhou', name: 'Hangzhou', nameKo: '항저우', nameZh: '杭州', country: 'CN', lat: 30.2741, lon: 120.1551 },
];
