import { fileForPath, prerenderedPages } from './prerendered-pages';

describe('which file a web server sends for an address', () => {
  it('sends each prerendered page its file, the admin console app.html, anything else 404.html', () => {
    for (const page of prerenderedPages.filter((candidate) => candidate.path !== '/404')) {
      expect(fileForPath(page.path)).toEqual({ file: page.file, status: 200 });
    }
    expect(fileForPath('/admin')).toEqual({ file: 'app.html', status: 200 });
    expect(fileForPath('/admin/users')).toEqual({ file: 'app.html', status: 200 });
    expect(fileForPath('/administrator')).toEqual({ file: '404.html', status: 404 });
    expect(fileForPath('/no/such/page')).toEqual({ file: '404.html', status: 404 });
    expect(fileForPath('/404')).toEqual({ file: '404.html', status: 404 });
  });
});
