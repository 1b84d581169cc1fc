// autocannon's setupRequest for the api-load benchmark's varied run (worker threads take functions
// as files): each request asks for a page of its own, a random offset (0 to 9,900) from a random
// start date (1,000 days from 2023-01-01), so few answers can come from the read cache.
const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 1);
module.exports = function setupRequest(request) {
  const offset = 100 * Math.floor(Math.random() * 100);
  const from = new Date(START + DAY * Math.floor(Math.random() * 1000)).toISOString().slice(0, 10);
  request.path = `/api/events?limit=100&offset=${offset}&from=${from}`;
  return request;
};
