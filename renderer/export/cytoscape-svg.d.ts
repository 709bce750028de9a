// Owns the type of the cytoscape-svg extension (the package ships none): registering it adds cy.svg().
declare module 'cytoscape-svg' {
  import type cytoscape from 'cytoscape';

  const register: cytoscape.Ext;
  export default register;
}
